# generated case (gen8): category=deser rule=PY-DESERIALIZATION fw=django shape=yaml_unsafe_loader expected=true
import yaml
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_yaml_unsafe_loader(request):
    param = request.COOKIES.get("q", "")
    doc = yaml.load(param, Loader=yaml.UnsafeLoader)  # want: PY-DESERIALIZATION
    return JsonResponse({"result": str(type(doc).__name__)})


urlpatterns = [
    path("deser_yaml_unsafe_loader/", case_yaml_unsafe_loader),
]
