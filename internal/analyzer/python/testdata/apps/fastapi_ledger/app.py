"""Application: routers, middleware, the legacy Flask admin."""
import logging
import time
import uuid

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.wsgi import WSGIMiddleware
from fastapi.responses import JSONResponse
from starlette.middleware.base import BaseHTTPMiddleware

from .flask_admin import legacy
from .routers import accounts, admin, files, invoices
from .settings import settings

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
log = logging.getLogger("ledger")

app = FastAPI(title="Ledger", version="1.4.2")

app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://app.ledger.example"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)


class RequestLogMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        rid = request.headers.get("x-request-id") or uuid.uuid4().hex
        started = time.monotonic()
        log.info("%s %s auth=%s", request.method, request.url.path, request.headers.get("authorization"))  # want: PY-LOG-SECRET
        response = await call_next(request)
        response.headers["X-Request-ID"] = rid
        log.info("%s done in %.1fms", rid, (time.monotonic() - started) * 1000)
        return response


app.add_middleware(RequestLogMiddleware)


@app.middleware("http")
async def security_headers(request: Request, call_next):
    response = await call_next(request)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = "default-src 'self'"
    return response


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    log.exception("unhandled error on %s", request.url.path)
    return JSONResponse({"error": "internal error", "detail": repr(exc)}, status_code=500)  # want: PY-VERBOSE-ERROR


app.include_router(accounts.router, prefix="/api/accounts", tags=["accounts"])
app.include_router(invoices.router, prefix="/api/invoices", tags=["invoices"])
app.include_router(files.router, prefix="/api/files", tags=["files"])
app.include_router(admin.router, prefix="/api/admin", tags=["admin"])

if settings.legacy_admin_enabled:
    app.mount("/legacy", WSGIMiddleware(legacy.wsgi_app))


@app.get("/healthz")
def healthz():
    return {"ok": True}
