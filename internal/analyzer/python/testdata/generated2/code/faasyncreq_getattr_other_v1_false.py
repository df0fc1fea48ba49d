# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncreq propagation=getattr_other sink=v1 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


class Box:
    pass


@app.get("/code")
async def handle_code(request: Request):
    param = request.query_params.get("p", "")
    box = Box()
    box.field = param
    box.other = "safe"
    bar = getattr(box, "other")
    result = str(eval(bar, {"__builtins__": {}}))
    return {"result": result}
