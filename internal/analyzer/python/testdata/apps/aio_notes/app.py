"""Application factory of the notes service."""
import logging

from aiohttp import web

from .handlers import routes

log = logging.getLogger("aionotes")


@web.middleware
async def errors(request, handler):
    try:
        return await handler(request)
    except web.HTTPException:
        raise
    except Exception:
        log.exception("unhandled error on %s", request.path)
        return web.json_response({"error": "internal error"}, status=500)


def create_app():
    app = web.Application(middlewares=[errors])
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), host="127.0.0.1", port=8080)
