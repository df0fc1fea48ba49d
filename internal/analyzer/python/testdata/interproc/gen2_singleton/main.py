# gen2_singleton: FastAPI async views use the singleton
from fastapi import FastAPI

from .storage import store

app = FastAPI()


@app.get("/files/{name}")
async def read_file(name: str):
    return {"data": store.read(name)}


@app.get("/safe-files/{name}")
async def read_safe(name: str):
    return {"data": store.read_safe(name)}
