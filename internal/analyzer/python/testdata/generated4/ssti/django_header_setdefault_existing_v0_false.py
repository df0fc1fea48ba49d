# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=django source=header shape=setdefault_existing sink=v0 expected=false
from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


def benchmark_test_00081(request):
    param = request.headers.get("X-Benchmark", "")
    options = {"term": "basic"}
    options.setdefault("term", param)
    bar = options["term"]
    tmpl = Template("<p>Hello " + bar + "</p>")
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00081/", benchmark_test_00081),
]
