# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncreq propagation=reversed_list_taint sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect")
async def handle_redirect(request: Request):
    param = request.query_params.get("p", "")
    bar = list(reversed(["safe", param]))[0]
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
