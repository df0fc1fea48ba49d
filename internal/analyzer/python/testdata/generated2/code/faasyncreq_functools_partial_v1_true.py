# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncreq propagation=functools_partial sink=v1 expected=true
import functools

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/code")
async def handle_code(request: Request):
    param = request.query_params.get("p", "")
    join2 = functools.partial(lambda a, b: a + b, "")
    bar = join2(param)
    result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
    return {"result": result}
