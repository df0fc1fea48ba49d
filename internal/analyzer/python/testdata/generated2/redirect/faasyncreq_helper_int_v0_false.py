# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncreq propagation=helper_int sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


def to_int_str(value):
    try:
        return str(int(value))
    except ValueError:
        return "0"


@app.get("/redirect")
async def handle_redirect(request: Request):
    param = request.query_params.get("p", "")
    bar = to_int_str(param)
    return RedirectResponse(bar)
