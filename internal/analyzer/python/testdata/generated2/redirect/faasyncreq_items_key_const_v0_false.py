# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncreq propagation=items_key_const sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect")
async def handle_redirect(request: Request):
    param = request.query_params.get("p", "")
    bar = ""
    for k, _v in {"safe": param}.items():
        bar = k
    return RedirectResponse(bar)
