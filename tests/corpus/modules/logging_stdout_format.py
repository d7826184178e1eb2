import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('[{levelname}] {name}: {message}', style='{'))
app = logging.getLogger('app')
app.addHandler(handler)
app.setLevel(logging.INFO)
app.propagate = False

app.debug('not shown')
app.info('started with %d workers', 3)
app.warning('low disk: %s%%', 95)
child = app.getChild('worker')
child.info('child message')
print(child.name, child.parent is app, child.getEffectiveLevel())
adapter = logging.LoggerAdapter(app, {'id': 7})
adapter.info('through an adapter')
try:
    {}['missing']
except KeyError:
    app.error('lookup failed', exc_info=False)
print(logging.getLevelName(logging.ERROR), logging.getLevelName(25))
logging.disable(logging.CRITICAL)
app.error('disabled')
logging.disable(logging.NOTSET)
app.error('enabled again')
unconfigured = logging.getLogger('other')
unconfigured.warning('to stderr through the last resort')
