# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=django source=meta propagation=if_fold_div_safe sink=v1 expected=false
from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


def benchmark_test_00274(request):
    param = request.META.get("HTTP_REFERER", "")
    num = 86
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    tmpl = Template("<p>Hello " + bar + "</p>")
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00274/", benchmark_test_00274),
]
