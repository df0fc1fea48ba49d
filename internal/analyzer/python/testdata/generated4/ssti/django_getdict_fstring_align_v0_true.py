# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=django source=getdict shape=fstring_align sink=v0 expected=true
from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


def benchmark_test_00263(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = f"{param:>20}"
    tmpl = Template("<p>Hello " + bar + "</p>")  # want: PY-SSTI
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00263/", benchmark_test_00263),
]
