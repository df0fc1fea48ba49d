# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=django source=header shape=fstring_repr sink=v0 expected=true
from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


def benchmark_test_00265(request):
    param = request.headers.get("X-Benchmark", "")
    bar = f"{param!r}"
    tmpl = Template("<p>Hello " + bar + "</p>")  # want: PY-SSTI
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00265/", benchmark_test_00265),
]
