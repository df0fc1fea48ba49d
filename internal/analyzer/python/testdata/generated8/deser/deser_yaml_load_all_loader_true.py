# generated case (gen8): category=deser rule=PY-DESERIALIZATION fw=django shape=yaml_load_all_loader expected=true
import yaml
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_yaml_load_all_loader(request):
    param = request.META.get("HTTP_X_Q", "")
    docs = list(yaml.load_all(param, Loader=yaml.Loader))  # want: PY-DESERIALIZATION
    return JsonResponse({"result": str(len(docs))})


urlpatterns = [
    path("deser_yaml_load_all_loader/", case_yaml_load_all_loader),
]
