# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncreq propagation=try_else sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect")
async def handle_redirect(request: Request):
    param = request.query_params.get("p", "")
    try:
        n = len(param)
    except TypeError:
        n = 0
    else:
        n = param
    bar = str(n)
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
