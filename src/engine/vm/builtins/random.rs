//! The `random` module's state: CPython's Mersenne Twister, seeded the way
//! CPython seeds it.

use crate::engine::numeric::random::Random;

#[derive(Clone)]
pub struct RandomState {
    pub rng: Random,
}

impl Default for RandomState {
    fn default() -> Self {
        // CPython seeds from the OS; coroscope must be deterministic, so an
        // unseeded program gets a fixed seed.
        let mut rng = Random::new();
        rng.seed_int(0);
        RandomState { rng }
    }
}
