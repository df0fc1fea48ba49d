# generated case: rule=PY-OPEN-REDIRECT source=fapath propagation=try_taint sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect/{p}")
def handle_redirect(p: str):
    param = p
    try:
        bar = param.strip()
    except AttributeError:
        bar = "safe"
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
