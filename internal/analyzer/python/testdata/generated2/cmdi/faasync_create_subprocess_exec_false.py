# generated case (gen_cases2): asyncio.create_subprocess_exec with a fixed program -> no CMDI
import asyncio

from fastapi import FastAPI

app = FastAPI()


@app.get("/ping")
async def ping(host: str = "localhost"):
    proc = await asyncio.create_subprocess_exec("ping", "-c", "1", "--", host, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return {"out": out.decode()}
