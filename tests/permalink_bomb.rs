//! A decompression bomb is refused without allocating its inflated size.
//!
//! A separate test binary so its counting allocator sees only this test:
//! it records the peak of live heap bytes while a link that would inflate
//! to 10 MB is decoded. The cap (64 KB) is enforced during inflation, so
//! the peak stays near the cap, far from 10 MB.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use base64::Engine as _;
use coroscope::share::permalink::{self, LinkError, MAX_DECODED};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Ordering::SeqCst) + layout.size();
        PEAK.fetch_max(live, Ordering::SeqCst);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::SeqCst);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

#[test]
fn a_bomb_is_refused_within_the_cap() {
    let inflated = 10 * 1024 * 1024;
    let link = {
        let zeros = vec![0u8; inflated];
        let compressed = miniz_oxide::deflate::compress_to_vec_zlib(&zeros, 9);
        let data = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(compressed);
        format!("#p={}.{data}", permalink::VERSION)
    };

    let before = LIVE.load(Ordering::SeqCst);
    PEAK.store(before, Ordering::SeqCst);
    let result = permalink::parse_fragment(&link);
    let extra = PEAK.load(Ordering::SeqCst) - before;

    assert_eq!(result, Err(LinkError::Oversized));
    // The link's own decoded bytes, the inflater's state (~11 KB) and the
    // output buffer (at most MAX_DECODED), with room for the test harness.
    assert!(
        extra < 4 * MAX_DECODED,
        "decoding the bomb allocated {extra} bytes at its peak"
    );
}
