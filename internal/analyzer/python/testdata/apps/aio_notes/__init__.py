# apps/aio_notes: an aiohttp notes service (handlers, db helpers, jinja2 views, pickle session cookie)
