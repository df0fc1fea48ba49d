# generated case: rule=PY-OPEN-REDIRECT source=faquery propagation=ternary_isalnum sink=v0 expected=false
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect")
def handle_redirect(p: str = ""):
    param = p
    bar = param if param.isalnum() else "safe"
    return RedirectResponse(bar)
