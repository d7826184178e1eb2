import asyncio
import logging

logging.basicConfig(
    level=logging.DEBUG,
    format='%(levelname)-8s %(name)s %(funcName)s:%(lineno)d %(message)s',
)
log = logging.getLogger('crawler')
db = logging.getLogger('crawler.db')


async def fetch(i):
    log.debug('fetch %d start', i)
    await asyncio.sleep(i / 10)
    if i == 2:
        raise ValueError(f'bad {i}')
    db.info('fetch %d stored', i)
    return i


async def main():
    results = await asyncio.gather(*(fetch(i) for i in range(4)), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            log.error('failed: %r', r)
    try:
        await fetch(2)
    except ValueError:
        log.exception('fetch failed')
    logging.getLogger('crawler').setLevel(logging.WARNING)
    db.info('hidden')
    db.warning('shown %s', 'once')
    print(log, db, logging.getLogger(), log.getEffectiveLevel())


asyncio.run(main())
logging.warning('done')
