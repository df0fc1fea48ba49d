# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=django source=getlist propagation=ternary_fold_safe (helper class) sink=v1 expected=false
from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


class Test:
    def do_something(self, request, param):
        num = 106
        bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
        return bar


def benchmark_test_00271(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = Test().do_something(request, param)
    tmpl = Template("<p>Hello " + bar + "</p>")
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00271/", benchmark_test_00271),
]
