# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=django source=pathparam propagation=if_fold_div_safe sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00132(request, test_id):
    param = test_id
    num = 86
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    result = eval(bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00132/<str:test_id>/", benchmark_test_00132),
]
