# gen2_fastapi_async: the routes
from fastapi import FastAPI

from . import services

app = FastAPI()


@app.get("/users/{name}")
async def user(name: str):
    return {"rows": await services.find_user(name)}


@app.get("/users")
async def users(limit: str = "10"):
    return {"rows": await services.list_users(limit)}


@app.get("/preview")
async def preview(url: str = ""):
    return {"status": await services.fetch_preview(url)}


@app.get("/docs-page")
async def docs_page(path: str = ""):
    return {"status": await services.fetch_fixed(path)}
