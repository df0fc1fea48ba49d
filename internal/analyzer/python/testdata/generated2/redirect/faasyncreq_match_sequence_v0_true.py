# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncreq propagation=match_sequence sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect")
async def handle_redirect(request: Request):
    param = request.query_params.get("p", "")
    match param.split(",", 1):
        case [head, *_]:
            bar = head
        case _:
            bar = "default"
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
