# generated case (gen_cases2): asyncio.create_subprocess_shell with a query value in an async FastAPI view -> CMDI
import asyncio

from fastapi import FastAPI

app = FastAPI()


@app.get("/ping")
async def ping(host: str = "localhost"):
    proc = await asyncio.create_subprocess_shell("ping -c 1 " + host, stdout=asyncio.subprocess.PIPE)  # want: PY-CMDI
    out, _ = await proc.communicate()
    return {"out": out.decode()}
