# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=django source=paramnames propagation=passthrough (helper class) sink=safe0 expected=false
from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


def benchmark_test_00311(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = Test().do_something(request, param)
    tmpl = Template("<p>Hello {{ name }}</p>")
    result = tmpl.render(Context({"name": bar}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00311/", benchmark_test_00311),
]
