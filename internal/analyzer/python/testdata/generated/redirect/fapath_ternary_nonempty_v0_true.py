# generated case: rule=PY-OPEN-REDIRECT source=fapath propagation=ternary_nonempty sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect/{p}")
def handle_redirect(p: str):
    param = p
    bar = param if param else "safe"
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
