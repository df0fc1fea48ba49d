# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncreq propagation=await_method sink=v0 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


class Loader:
    async def load(self, key):
        return key


@app.get("/code")
async def handle_code(request: Request):
    param = request.query_params.get("p", "")
    bar = await Loader().load(param)
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
