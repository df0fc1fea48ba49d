# gen2_aiohttp: aiohttp handlers in handlers.py, helpers in helpers.py
