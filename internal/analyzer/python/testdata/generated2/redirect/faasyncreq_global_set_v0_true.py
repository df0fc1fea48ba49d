# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncreq propagation=global_set sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


LAST = ""


@app.get("/redirect")
async def handle_redirect(request: Request):
    param = request.query_params.get("p", "")
    global LAST
    LAST = param
    bar = LAST
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
