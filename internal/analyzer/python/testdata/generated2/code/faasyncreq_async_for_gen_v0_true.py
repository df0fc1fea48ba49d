# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncreq propagation=async_for_gen sink=v0 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


async def agen(value):
    yield value


@app.get("/code")
async def handle_code(request: Request):
    param = request.query_params.get("p", "")
    bar = ""
    async for item in agen(param):
        bar = item
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
