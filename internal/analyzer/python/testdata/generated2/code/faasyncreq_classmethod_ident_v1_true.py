# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncreq propagation=classmethod_ident sink=v1 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


class Util:
    prefix = ""

    @classmethod
    def passthrough(cls, value):
        return cls.prefix + value


@app.get("/code")
async def handle_code(request: Request):
    param = request.query_params.get("p", "")
    bar = Util.passthrough(param)
    result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
    return {"result": result}
