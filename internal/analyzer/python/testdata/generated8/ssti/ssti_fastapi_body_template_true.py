# generated case (gen8): category=ssti rule=PY-SSTI fw=fastapi shape=fastapi_body_template expected=true
from fastapi import Body, FastAPI
from jinja2 import Environment

app = FastAPI()
env = Environment()


@app.post("/ssti_fastapi_body_template")
def case_fastapi_body_template(subject: str = Body(..., embed=True)):
    return {"text": env.from_string("Re: " + subject).render()}  # want: PY-SSTI
