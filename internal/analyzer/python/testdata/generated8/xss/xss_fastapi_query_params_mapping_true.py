# generated case (gen8): category=xss rule=PY-XSS fw=fastapi shape=fastapi_query_params_mapping expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss_fastapi_query_params_mapping")
def case_fastapi_query_params_mapping(request: Request):
    term = request.query_params.get("term", "")
    return HTMLResponse(f"<p>No results for {term}</p>")  # want: PY-XSS
