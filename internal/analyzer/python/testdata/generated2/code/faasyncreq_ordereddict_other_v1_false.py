# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncreq propagation=ordereddict_other sink=v1 expected=false
from collections import OrderedDict
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/code")
async def handle_code(request: Request):
    param = request.query_params.get("p", "")
    od = OrderedDict([("a", "safe"), ("b", param)])
    bar = od["a"]
    result = str(eval(bar, {"__builtins__": {}}))
    return {"result": result}
