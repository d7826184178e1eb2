//! `asyncio.log.logger.error(...)`: where the default exception handler's
//! reports go ("Task exception was never retrieved", "Exception in
//! callback ...", "Task was destroyed but it is pending!"). CPython logs
//! them on the `asyncio` logger, so a program that set up `logging`
//! (`basicConfig(format=..., stream=sys.stdout)`, a level on the
//! `asyncio` logger) sees them formatted, filtered or redirected by it.
//! Without `logging` imported nothing can have been set up, and logging's
//! last-resort handler writes the message and traceback to stderr as they
//! stand: that is written directly, without importing the module.

use crate::engine::vm::Vm;
use crate::engine::vm::object::PyResult;
use crate::engine::vm::value::Value;

impl Vm {
    /// Logs `text` (lines joined by "\n") at ERROR level, with `exc`'s
    /// traceback after it.
    pub fn asyncio_log_error(&mut self, text: &str, exc: Option<&Value>) {
        if let Some(m) = self.modules.get("logging").copied() {
            match self.log_through_logging(&Value::Obj(m), text, exc) {
                Ok(()) => return,
                // A logging set-up that fails is reported the plain way.
                Err(e) => self.drop_val(e),
            }
        }
        let tb = match exc {
            Some(e) if !e.is_none() => self.format_traceback(e),
            _ => String::new(),
        };
        self.write_stderr(&format!("{text}\n{tb}"));
    }

    fn log_through_logging(
        &mut self,
        logging: &Value,
        text: &str,
        exc: Option<&Value>,
    ) -> PyResult<()> {
        let get_logger = self.intern("getLogger");
        let get_logger = self.getattr(logging, get_logger)?;
        let logger = self.call_value(&get_logger, &[Value::str("asyncio")], &[]);
        self.drop_val(get_logger);
        let logger = logger?;
        let error = self.intern("error");
        let error = self.getattr(&logger, error);
        self.drop_val(logger);
        let error = error?;
        let exc_info = match exc {
            Some(e) if !e.is_none() => e.clone(),
            _ => Value::Bool(false),
        };
        let kw = self.intern("exc_info");
        let r = self.call_value(&error, &[Value::Str(text.into())], &[(kw, exc_info)]);
        self.drop_val(error);
        self.drop_val(r?);
        Ok(())
    }
}
