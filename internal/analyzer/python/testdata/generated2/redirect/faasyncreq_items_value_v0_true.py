# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncreq propagation=items_value sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect")
async def handle_redirect(request: Request):
    param = request.query_params.get("p", "")
    bar = ""
    for _k, v in {"p": param}.items():
        bar = v
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
