"""Shop and forum models with their managers."""
from django.conf import settings
from django.db import connection, models
from django.db.models.expressions import RawSQL


class ProductQuerySet(models.QuerySet):
    def visible(self):
        return self.filter(is_active=True, stock__gt=0)


class ProductManager(models.Manager):
    def get_queryset(self):
        return ProductQuerySet(self.model, using=self._db)

    def visible(self):
        return self.get_queryset().visible()

    def search(self, term):
        # LIKE is faster than icontains on the MySQL collation we use.
        return self.raw("SELECT * FROM shop_product WHERE is_active = 1 AND name LIKE %s", ["%" + term + "%"])

    def sorted_search(self, term, sort):
        return self.raw(  # want: PY-SQLI
            "SELECT * FROM shop_product WHERE name LIKE %s ORDER BY " + sort,
            ["%" + term + "%"],
        )

    def by_category(self, category, sort):
        # The ORM rejects "price desc", and the old links use it.
        return self.raw(f"SELECT * FROM shop_product WHERE category = %s ORDER BY {sort}", [category])  # want: PY-SQLI

    def with_tag(self, tag_id):
        return self.get_queryset().filter(id__in=RawSQL("SELECT product_id FROM shop_tag WHERE id = %s", (tag_id,)))

    def bulk_reprice(self, category, percent):
        with connection.cursor() as cur:
            cur.execute(
                "UPDATE shop_product SET price = ROUND(price * (100 + %s) / 100, 2) WHERE category = %s",
                [percent, category],
            )
            return cur.rowcount


class Product(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)
    category = models.SlugField()
    description = models.TextField(blank=True)
    price = models.DecimalField(max_digits=10, decimal_places=2)
    stock = models.PositiveIntegerField(default=0)
    is_active = models.BooleanField(default=True)
    created = models.DateTimeField(auto_now_add=True)

    objects = ProductManager()

    def __str__(self):
        return self.name


class Review(models.Model):
    product = models.ForeignKey(Product, related_name="reviews", on_delete=models.CASCADE)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    rating = models.PositiveSmallIntegerField()
    title = models.CharField(max_length=120)
    body = models.TextField()
    created = models.DateTimeField(auto_now_add=True)


class Coupon(models.Model):
    code = models.CharField(max_length=16, unique=True)
    percent = models.PositiveSmallIntegerField()
    valid_until = models.DateField()


class OrderManager(models.Manager):
    def for_user(self, user_id, status=""):
        sql = "SELECT * FROM shop_order WHERE user_id = %s"
        params = [user_id]
        if status:
            sql += " AND status = %s"
            params.append(status)
        return self.raw(sql + " ORDER BY created DESC", params)

    def totals_since(self, day):
        with connection.cursor() as cur:
            cur.execute("SELECT status, SUM(total) FROM shop_order WHERE created >= %s GROUP BY status", (day,))
            return dict(cur.fetchall())


class Order(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    reference = models.CharField(max_length=32, unique=True)
    status = models.CharField(max_length=16, default="new")
    total = models.DecimalField(max_digits=10, decimal_places=2)
    created = models.DateTimeField(auto_now_add=True)

    objects = OrderManager()

    def as_dict(self):
        return {"reference": self.reference, "status": self.status, "total": str(self.total)}


class SavedCard(models.Model):
    """Cards kept for one-click checkout (the provider's vault was "too slow")."""
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    holder = models.CharField(max_length=120)
    card_number = models.CharField(max_length=19)  # want: PY-PLAINTEXT-SENSITIVE
    expiry = models.CharField(max_length=5)
    last4 = models.CharField(max_length=4)


class ApiClient(models.Model):
    name = models.CharField(max_length=80)
    salt = models.CharField(max_length=16)
    secret_digest = models.CharField(max_length=40)


class PasswordReset(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    token_hash = models.CharField(max_length=64, db_index=True)
    used = models.BooleanField(default=False)
    created = models.DateTimeField(auto_now_add=True)


class LegacyAccount(models.Model):
    username = models.CharField(max_length=150)
    email = models.EmailField()
    migrated = models.BooleanField(default=False)


class Click(models.Model):
    target = models.CharField(max_length=500)
    created = models.DateTimeField(auto_now_add=True)


class PostManager(models.Manager):
    def matching(self, term):
        # The legacy table has a FULLTEXT index the ORM does not know about.
        return self.get_queryset().extra(where=["MATCH(body) AGAINST ('%s' IN BOOLEAN MODE)" % term])  # want: PY-SQLI

    def recent_in(self, thread_id, limit=50):
        with connection.cursor() as cur:
            cur.execute("SELECT id FROM forum_post WHERE thread_id = %s ORDER BY created DESC LIMIT %s", [thread_id, limit])
            ids = [r[0] for r in cur.fetchall()]
        return self.filter(id__in=ids)


class Thread(models.Model):
    title = models.CharField(max_length=200)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    created = models.DateTimeField(auto_now_add=True)


class Post(models.Model):
    thread = models.ForeignKey(Thread, related_name="posts", on_delete=models.CASCADE)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    body = models.TextField()
    created = models.DateTimeField(auto_now_add=True)

    objects = PostManager()
