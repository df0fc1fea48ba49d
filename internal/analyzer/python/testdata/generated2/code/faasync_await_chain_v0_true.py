# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasync propagation=await_chain sink=v0 expected=true
from fastapi import FastAPI

app = FastAPI()


async def inner(value):
    return value


async def outer(value):
    return await inner(value)


@app.get("/code")
async def handle_code(p: str = ""):
    param = p
    bar = await outer(param)
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
