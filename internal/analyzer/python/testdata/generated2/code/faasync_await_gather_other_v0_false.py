# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasync propagation=await_gather_other sink=v0 expected=false
import asyncio

from fastapi import FastAPI

app = FastAPI()


async def normalize(value):
    return value.strip()


@app.get("/code")
async def handle_code(p: str = ""):
    param = p
    parts = await asyncio.gather(normalize(param), normalize("safe"))
    bar = parts[1]
    result = str(eval(bar))
    return {"result": result}
