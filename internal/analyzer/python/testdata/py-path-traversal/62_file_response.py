# PATH: FastAPI/Starlette and aiohttp FileResponse serve a path built from
# a request parameter
import os

from aiohttp import web
from fastapi import FastAPI
from fastapi.responses import FileResponse

api = FastAPI()
BASE = "/srv/files"


@api.get("/files/{name}")
async def get_file(name: str):
    return FileResponse(os.path.join(BASE, name))  # want: PY-PATH-TRAVERSAL


async def download(request):
    return web.FileResponse(BASE + "/" + request.query["f"])  # want: PY-PATH-TRAVERSAL


app = web.Application()
app.router.add_get("/download", download)
