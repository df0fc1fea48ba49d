# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=django source=header shape=dataclass_field sink=v0 expected=true
from dataclasses import dataclass
from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


@dataclass
class Query:
    term: str
    scope: str = "all"


def benchmark_test_00013(request):
    param = request.headers.get("X-Benchmark", "")
    q = Query(term=param)
    bar = q.term
    tmpl = Template("<p>Hello " + bar + "</p>")  # want: PY-SSTI
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00013/", benchmark_test_00013),
]
