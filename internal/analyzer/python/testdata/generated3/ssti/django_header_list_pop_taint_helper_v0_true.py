# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=django source=header propagation=list_pop_taint (helper class) sink=v0 expected=true
from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


class Test:
    def do_something(self, request, param):
        values_list = []
        values_list.append("safe")
        values_list.append(param)
        values_list.append("moresafe")
        values_list.pop(0)
        bar = values_list[0]
        return bar


def benchmark_test_00277(request):
    param = request.headers.get("X-Benchmark", "")
    bar = Test().do_something(request, param)
    tmpl = Template("<p>Hello " + bar + "</p>")  # want: PY-SSTI
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00277/", benchmark_test_00277),
]
