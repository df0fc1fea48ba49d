# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncreq propagation=classmethod_const sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


class Util:
    prefix = "safe"

    @classmethod
    def passthrough(cls, value):
        return cls.prefix


@app.get("/redirect")
async def handle_redirect(request: Request):
    param = request.query_params.get("p", "")
    bar = Util.passthrough(param)
    return RedirectResponse(bar)
