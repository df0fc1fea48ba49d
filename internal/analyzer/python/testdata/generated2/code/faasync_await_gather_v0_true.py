# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasync propagation=await_gather sink=v0 expected=true
import asyncio

from fastapi import FastAPI

app = FastAPI()


async def normalize(value):
    return value.strip()


@app.get("/code")
async def handle_code(p: str = ""):
    param = p
    parts = await asyncio.gather(normalize(param), normalize("safe"))
    bar = parts[0]
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
