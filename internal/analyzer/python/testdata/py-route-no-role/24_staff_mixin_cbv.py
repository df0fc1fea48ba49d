# AC-2 FALSE: Django class-based admin views all use PermissionRequiredMixin
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.http import JsonResponse
from django.views import View

from .models import Product


class ManageProductsView(PermissionRequiredMixin, View):
    permission_required = "catalog.change_product"

    def get(self, request):
        return JsonResponse({"products": list(Product.objects.values("id", "name"))})


class DeleteProductView(PermissionRequiredMixin, View):
    permission_required = "catalog.delete_product"

    def post(self, request, pk):
        Product.objects.filter(pk=pk).delete()
        return JsonResponse({"ok": True})
