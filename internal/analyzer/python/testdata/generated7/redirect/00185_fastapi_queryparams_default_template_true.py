# generated case (gen_cases7): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=queryparams shape=default_template sink=v2 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


def render_label(value, template="{}"):
    return template.format(value)


def display_name(value, name="guest"):
    return name


@app.get("/case-00185")
def case_00185(request: Request):
    param = request.query_params.get("q", "")
    bar = render_label(param)
    return RedirectResponse(bar, status_code=302)  # want: PY-OPEN-REDIRECT
