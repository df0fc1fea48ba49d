# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncreq propagation=helper_isinstance sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


def coerce(value):
    if isinstance(value, int):
        return str(value)
    return "0"


@app.get("/redirect")
async def handle_redirect(request: Request):
    param = request.query_params.get("p", "")
    bar = coerce(param)
    return RedirectResponse(bar)
