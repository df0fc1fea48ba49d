# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=django source=getdict shape=while_break_safe sink=v0 expected=false
from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


def benchmark_test_00207(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = param
    while True:
        bar = "safe"
        break
    tmpl = Template("<p>Hello " + bar + "</p>")
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00207/", benchmark_test_00207),
]
